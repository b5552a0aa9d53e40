/**
 * PyTorch classes are called without `new` (`optim.Adam(params, { lr: 1e-3 })`); JavaScript learners also
 * write `new optim.Adam(...)`. `callable(Cls)` returns a function that works both ways and keeps
 * `instanceof`, static members and subclassing (`class MyOpt extends optim.Optimizer`) working.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClass = abstract new (...args: any[]) => any;

/** A class that can also be called as a function (same arguments, same instance type). */
export type Callable<C extends AnyClass> = C & ((...args: ConstructorParameters<C>) => InstanceType<C>);

export function callable<C extends AnyClass>(cls: C): Callable<C> {
  const wrapper = function (this: unknown, ...args: unknown[]): unknown {
    // `new.target` is the subclass when someone extends the wrapper; plain calls construct `cls`.
    return Reflect.construct(cls as unknown as new (...a: unknown[]) => unknown, args, new.target ?? cls);
  };
  wrapper.prototype = cls.prototype;
  Object.setPrototypeOf(wrapper, cls); // static members (e.g. helpers) resolve through the class
  const own = Object.prototype.hasOwnProperty.call(cls, 'pyName') ? (cls as unknown as { pyName: string }).pyName : cls.name;
  Object.defineProperty(wrapper, 'name', { value: own });
  return wrapper as unknown as Callable<C>;
}
