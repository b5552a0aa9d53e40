/**
 * PyTorch classes are called without `new` (`nn.Linear(10, 1)`), and modules are called like functions
 * (`model(x)`). `callableClass(Cls)` gives a constructor that works with and without `new` and keeps
 * `instanceof` and subclassing (`class Net extends nn.Module`) working.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClass = abstract new (...args: any[]) => any;

/** A class that can also be called as a function (same arguments, same instance type). */
export type CallableClass<C extends AnyClass> = C & ((...args: ConstructorParameters<C>) => InstanceType<C>);

export function callableClass<C extends AnyClass>(cls: C): CallableClass<C> {
  const wrapper = function (this: unknown, ...args: unknown[]): unknown {
    return Reflect.construct(cls as unknown as new (...a: unknown[]) => unknown, args, new.target ?? cls);
  };
  wrapper.prototype = cls.prototype;
  Object.setPrototypeOf(wrapper, cls);
  Object.defineProperty(wrapper, 'name', { value: cls.name });
  return wrapper as unknown as CallableClass<C>;
}
