/** Something with a deadline (`performance.now()` time) that the watch expires once it passes. */
export interface Watched {
  readonly deadline: number | undefined;
  expire(): void;
}

type Timer = ReturnType<typeof setTimeout>;

/**
 * One timer for every running attempt: armed for the earliest deadline and, when it fires, expiring
 * what is due and re-arming for the next. An attempt that settles in time costs a set insert and
 * delete rather than a timer of its own. While nothing is watched the armed timer is unref'd, so a
 * pending deadline never keeps Node running.
 */
export class DeadlineWatch {
  readonly #watched = new Set<Watched>();
  #timer: Timer | undefined;
  #firesAt = Infinity;

  watch(item: Watched, deadline: number): void {
    this.#watched.add(item);
    if (this.#timer === undefined || deadline < this.#firesAt) this.#arm(deadline);
    else if (this.#watched.size === 1) setRef(this.#timer, true);
  }

  unwatch(item: Watched): void {
    if (this.#watched.delete(item) && this.#watched.size === 0 && this.#timer !== undefined)
      setRef(this.#timer, false);
  }

  #arm(at: number): void {
    clearTimeout(this.#timer);
    this.#firesAt = at;
    this.#timer = setTimeout(this.#onTimer, Math.max(0, at - performance.now()));
  }

  readonly #onTimer = (): void => {
    this.#timer = undefined;
    this.#firesAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const item of this.#watched) {
      const deadline = item.deadline;
      if (deadline === undefined || deadline <= now) {
        this.#watched.delete(item);
        if (deadline !== undefined) item.expire();
      } else if (deadline < next) next = deadline;
    }
    if (next !== Infinity) this.#arm(next);
  };
}

/** Node's timers can be unref'd; other runtimes' timer ids are numbers. */
function setRef(timer: Timer, ref: boolean): void {
  if (typeof timer === "object" && timer !== null && "ref" in timer)
    if (ref) timer.ref();
    else timer.unref();
}

/** The watch every call uses: one timer for every client of the runtime. */
export const deadlines = new DeadlineWatch();
