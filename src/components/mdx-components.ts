/**
 * The components every lesson and exercise MDX file can use without importing them
 * (passed as `<Content components={mdxComponents} />`). See docs/CONTRACTS.md §2.
 */
import CodeCell from './CodeCell.astro';
import Checkpoint from './Checkpoint.astro';
import Choice from './Choice.astro';
import Exercise from './Exercise.astro';
import Explore from './Explore.astro';
import ForCode from './ForCode.astro';
import Hint from './Hint.astro';
import Lab from './Lab.astro';
import Note from './Note.astro';
import { figures } from './figures/index';

export const mdxComponents = { CodeCell, Checkpoint, Choice, Exercise, Explore, ForCode, Hint, Lab, Note, ...figures };
