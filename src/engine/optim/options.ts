/**
 * Unknown-keyword checking for optimizer and scheduler options: the engine-wide `checkOptions`
 * (`TypeError: Adam.__init__() got an unexpected keyword argument 'weight_decy' (valid keyword arguments: …)`).
 */
export { checkOptions, closestKey } from '../options';
