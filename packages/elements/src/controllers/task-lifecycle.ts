/**
 * Ties one-shot loads (`@lit/task`) to their host's presence in the page: removing the host
 * aborts the loads in flight (no request outlives the task that removed the element: a shared
 * read's request goes at its end unless a header took it up), putting it back runs again the
 * ones that were cut short. `@lit/task` itself leaves both to its host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

export class TaskLifecycle implements ReactiveController {
  readonly #tasks: readonly Task[];
  #cut: Task[] = [];

  constructor(host: ReactiveControllerHost, tasks: readonly Task[]) {
    this.#tasks = tasks;
    host.addController(this);
  }

  hostConnected(): void {
    for (const task of this.#cut) void task.run();
    this.#cut = [];
  }

  hostDisconnected(): void {
    this.#cut = this.#tasks.filter((task) => task.status === TaskStatus.PENDING);
    for (const task of this.#cut) task.abort();
  }
}
