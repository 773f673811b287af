import { useState } from 'react';
import { InputProgressList, type InputProgressSettleEvent } from '@input-progress/react';
import { OwnRows } from './own-rows.js';

/** The ready-made list (a wrapper of the web component) and a list of our own from the hook. */
export function App({ jobId, baseUrl }: { jobId: string; baseUrl: string }) {
  const [finished, setFinished] = useState<string[]>([]);
  const onSettle = (event: InputProgressSettleEvent) =>
    setFinished((names) => [
      ...names,
      `${event.detail.filename}: ${event.detail.status ?? 'finished'}`,
    ]);

  return (
    <main>
      <h1>input-progress with React</h1>
      <section>
        <h2>&lt;InputProgressList&gt;</h2>
        <InputProgressList
          jobId={jobId}
          baseUrl={baseUrl}
          limit={5}
          pollInterval={1000}
          onInputProgressSettle={onSettle}
        />
        <h3>Finished ({finished.length})</h3>
        <ul id="finished">
          {finished.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>useInputProgressFeed: rows of our own</h2>
        <OwnRows jobId={jobId} baseUrl={baseUrl} />
      </section>
    </main>
  );
}
