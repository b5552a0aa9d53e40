/**
 * The engine's extras chunk: the learning-rate schedulers, LBFGS and the rarer optimizers, `torch.utils.data`,
 * gradient clipping (`torch.nn.utils`), dropout (`nn.Dropout`, `F.dropout`), and the helpers of
 * the optimizers' state_dict()/load_state_dict() and of nn.Module.load_state_dict().
 * Importing this module installs them into the core's namespaces (./lazy.ts lists the names). The cell worker
 * imports it on demand (`loadExtras()` in ./core.ts) when learner code names one of them; ./index.ts imports it
 * eagerly, so `import { torch } from './index'` is the whole engine.
 */
import './core';
import { callable } from './optim/callable';
import { RMSprop } from './optim/rmsprop';
import { Adagrad } from './optim/adagrad';
import { Adadelta } from './optim/adadelta';
import { Adamax } from './optim/adamax';
import { NAdam } from './optim/nadam';
import { RAdam } from './optim/radam';
import { Rprop } from './optim/rprop';
import { ASGD } from './optim/asgd';
import { LBFGS } from './optim/lbfgs';
import { lr_scheduler } from './optim/lr-scheduler/index';
import { data } from './utils/data/index';
import { clip_grad_norm_, clip_grad_value_ } from './nn/utils/clip-grad';
import { packStateDict, unpackStateDict } from './optim/state-dict';
import { loadModuleStateDict } from './nn/load-state-dict';
import { installExtras } from './lazy';
import { callableClass } from './nn/callable';
import { Dropout, dropout } from './nn/dropout';
import { namePublicClasses } from './py-name';

/** The optimizers of `torch.optim` that the core leaves to this chunk. */
export const optimExtras = {
  RMSprop: callable(RMSprop),
  Adagrad: callable(Adagrad),
  Adadelta: callable(Adadelta),
  Adamax: callable(Adamax),
  NAdam: callable(NAdam),
  RAdam: callable(RAdam),
  Rprop: callable(Rprop),
  ASGD: callable(ASGD),
  LBFGS: callable(LBFGS),
};
namePublicClasses(optimExtras);

/** The modules of `torch.nn` that the core leaves to this chunk. */
export const nnExtras = { Dropout: callableClass(Dropout) };
namePublicClasses(nnExtras);

/** `torch.nn.utils`: gradient clipping. */
export const nnUtils = { clip_grad_norm_, clip_grad_value_ };

export { lr_scheduler, data };

installExtras(
  { nn: nnExtras, optim: optimExtras, 'optim.lr_scheduler': lr_scheduler, 'utils.data': data, 'nn.utils': nnUtils },
  { packOptimizerState: packStateDict, unpackOptimizerState: unpackStateDict, loadModuleState: loadModuleStateDict, dropout },
);
