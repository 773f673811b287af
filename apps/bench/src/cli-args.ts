/**
 * The command's arguments, without the `--` that `pnpm --filter bench <script> -- …` passes
 * through (`parseArgs` would read everything after it as positionals).
 */
export const cliArgs = (): string[] => process.argv.slice(2).filter((arg) => arg !== '--');
