/**
 * Error golden cases: the same mistake written in Python (scripts/golden/gen_errors.py, SNIPPETS) and
 * in TypeScript (tests/golden-errors.test.ts, SNIPPETS), under the same name. The fixture records the
 * Python exception type and str(e) (type null: PyTorch accepts the code, so the engine must not throw);
 * the engine must throw the same type name and message.
 * match 'prefix': the engine may append a hint after PyTorch's message (unknown option keys).
 */
export interface ErrorCase {
  name: string;
  match: 'exact' | 'prefix';
}

const e = (name: string): ErrorCase => ({ name, match: 'exact' });

export const ERROR_CASES: ErrorCase[] = [
  e('params_is_tensor'),
  e('empty_params'),
  e('param_in_two_groups'),
  e('negative_lr'),
  e('nan_lr'),
  e('sgd_nan_lr_accepted'),
  e('negative_momentum'),
  e('nesterov_without_momentum'),
  e('adam_negative_eps'),
  e('adam_beta1_too_big'),
  e('rmsprop_negative_alpha'),
  e('adagrad_negative_lr_decay'),
  e('rprop_bad_etas'),
  e('lbfgs_param_groups'),
  e('lbfgs_no_closure'),
  { name: 'adam_unknown_option', match: 'prefix' },
  e('matmul_shapes'),
  e('broadcast_mismatch'),
  e('view_bad_shape'),
  e('backward_non_scalar'),
  e('backward_twice'),
  e('backward_no_grad'),
  e('leaf_in_place'),
  e('int_requires_grad'),
  e('onecycle_too_many_steps'),
  e('constantlr_bad_factor'),
  e('cyclic_bad_mode'),
  e('plateau_bad_factor'),
  e('sequential_milestones'),
  // the training loop (issue 11) and the engine's formerly silent cases (issue 14)
  e('steplr_zero_step_size'),
  e('sgd_string_lr_step'),
  e('adam_string_lr_step'),
  e('adamw_none_lr_step'),
  e('radam_list_lr_step'),
  e('rprop_string_lr_after_first_step'),
  e('step_closure_int'),
  e('load_state_dict_empty'),
  e('load_state_dict_none'),
  e('load_state_dict_list'),
  e('load_state_dict_no_state'),
  e('load_state_dict_group_without_params'),
  e('scheduler_load_state_dict_none'),
  e('clip_grad_norm_nonfinite'),
  e('clip_grad_value_no_grads'),
  e('dropout_bad_p'),
  e('dataloader_batch_size_zero'),
  e('dataloader_shuffle_and_sampler'),
  e('dataloader_negative_workers'),
  e('tensordataset_size_mismatch'),
  e('module_load_missing_and_unexpected'),
  e('module_load_size_mismatch'),
];
