/**
 * Checkpoint of lesson 10: the right order inside one iteration. Only the correct id is fixed by the lesson plan;
 * the lesson writer picks the wrong options' ids, which all get the generic "not quite" message.
 */
import { quiz } from '../../../src/exercises/quiz';

export default quiz('cp-recipe-order', ['zero-backward-step'], 'zero-backward-step');
