/** `torch.utils`: `torch.utils.data` (datasets and loaders). */
import { data } from './data/index';

export const utils = { data };
