declare module 'virtual:event-details' {
  /** The fields of each event class's `detail`, read from the elements' declarations. */
  const details: Record<string, { name: string; type: string; description: string }[]>;
  export default details;
}
