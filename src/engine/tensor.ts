/**
 * `Tensor` with its op methods: the class (tensor-base.ts) plus the registry (ops/registry.ts) that installs every
 * method on its prototype. Import Tensor from here so the methods are always there.
 */
export { Tensor, allocStorage, elementCount, value1, type DType, type Storage } from './tensor-base';
import './ops/registry';
