/**
 * All UI string namespaces. Server code imports from here; client islands import only the namespace they need
 * (e.g. `import runner from '@/i18n/strings/runner'`) so pages ship only their own strings.
 */
import site from './strings/site';
import runner from './strings/runner';
import checks from './strings/checks';
import progress from './strings/progress';
import labs from './strings/labs';
import python from './strings/python';
import offline from './strings/offline';
import safety from './strings/safety';
import predict from './strings/predict';
import explore from './strings/explore';
import labPrompts from './strings/lab-prompts';

export { defineStrings, format, translator, LANGS, type Lang, type StringTable } from './define';

export const namespaces = { site, runner, checks, progress, labs, offline, safety, python, predict, explore, labPrompts } as const;
