/** `torch.nn.utils`: gradient clipping. */
import { clip_grad_norm_, clip_grad_value_ } from './clip-grad';

export const utils = { clip_grad_norm_, clip_grad_value_ };
