/**
 * One way to cache a derivation: a function of some inputs is computed again
 * only when one of its inputs changed (compared with `===`, the way Lit
 * compares properties), so `willUpdate` can call a view function on every
 * update and pay for it only when the picture's inputs moved. No string keys:
 * a key built by hand misses an input sooner or later, an input array does not.
 *
 *   private readonly view = memo(timelineView);
 *   willUpdate() { this.current = this.view(this.model, this.size.width, this.locale); }
 */
export function memo<Args extends readonly unknown[], Result>(
  derive: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args: Args): Result => {
    if (last && last.args.length === args.length && last.args.every((value, index) => value === args[index])) {
      return last.result;
    }
    const result = derive(...args);
    last = { args, result };
    return result;
  };
}
