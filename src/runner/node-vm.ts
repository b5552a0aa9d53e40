/**
 * NODE ONLY — never import this from browser code (it imports node:vm).
 *
 * `executeInVm(code, { timeoutMs, ...ExecuteOptions }) → Promise<RunResult>`: like `execute` from ./execute, but
 * the learner code is compiled in a node:vm context and its synchronous part runs under vm's `timeout`, so an
 * endless loop (`while (true) {}`) ends with `status: 'timeout'` instead of hanging the test process.
 * Use it in vitest for exercise checkers that must survive broken learner code:
 *
 *   import { executeInVm } from '@/runner/node-vm';
 *   const r = await executeInVm(starterCode, { timeoutMs: 2000, seed: 0 });
 *   expect(r.status).toBe('timeout');          // or 'ok' / 'error', with r.error.line etc.
 *
 * Limits: the timeout covers code up to its first `await` of something not yet resolved (cells are synchronous
 * apart from optional top-level awaits); the engine itself runs in the test's realm, as in the worker.
 */
import vm from 'node:vm';
import { engineBinding } from './execute';
import { executeWith, SOURCE_URL, type Compiler, type EngineBinding, type ExecuteOptions } from './core';
import type { RunResult } from './types';

export interface VmOptions extends ExecuteOptions {
  /** wall-clock limit for the synchronous part of the run (default 10000 ms) */
  timeoutMs?: number;
}

/** A compiler whose functions run inside a fresh vm context with a timeout. */
export function vmCompiler(timeoutMs: number): Compiler {
  return (params, body) => {
    const context = vm.createContext({});
    const script = new vm.Script(`(function (${params.join(', ')}) {${body}\n})`, { filename: SOURCE_URL });
    const fn = script.runInContext(context) as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => {
      (context as Record<string, unknown>).__fn = fn;
      (context as Record<string, unknown>).__args = args;
      return vm.runInContext('__fn(...__args)', context, { timeout: timeoutMs });
    };
  };
}

const TIMEOUT_RE = /Script execution timed out/;

/** Runs a cell in Node with a time limit. Never throws. */
export async function executeInVm(code: string, opts: VmOptions = {}, engine: EngineBinding = engineBinding): Promise<RunResult> {
  const result = await executeWith(engine, code, opts, vmCompiler(opts.timeoutMs ?? 10_000));
  if (result.error && TIMEOUT_RE.test(result.error.message)) {
    const { error: _e, ...rest } = result;
    return { ...rest, status: 'timeout' };
  }
  return result;
}
