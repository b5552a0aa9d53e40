/**
 * The CodeMirror 6 editor of a cell: TypeScript or Python highlighting, line numbers, bracket matching, undo/redo
 * (basicSetup), Tab indents (indentWithTab) — and Esc then Tab leaves the editor, CodeMirror's built-in escape
 * from tab capture, so there is no keyboard trap. Ctrl/Cmd+Enter runs. Errors mark a line with a line
 * decoration and a gutter marker. Highlighting uses token classes (`tok-*`) styled for light and dark themes
 * in src/styles/code-cell.css.
 */
import { basicSetup } from 'codemirror';
import { indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import { indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, RangeSet, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, gutter, keymap, type DecorationSet } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

export interface CellEditorOptions {
  doc: string;
  /** 'ts' (default) or 'py' */
  lang?: 'ts' | 'py';
  label: string;
  /** visible height hint in lines */
  lines?: number;
  onChange?: (code: string) => void;
  onRun?: () => void;
}

export interface CellEditor {
  view: EditorView;
  getCode(): string;
  setCode(code: string): void;
  /** mark (1-based) line as the error line, or clear with null */
  markError(line: number | null, message?: string): void;
  focus(): void;
  destroy(): void;
}

const setError = StateEffect.define<{ line: number; message: string } | null>();

class ErrorMarker extends GutterMarker {
  constructor(readonly message: string) {
    super();
  }
  override eq(other: ErrorMarker): boolean {
    return other.message === this.message;
  }
  override toDOM(): Node {
    const span = document.createElement('span');
    span.className = 'oc-gutter-error';
    span.textContent = '●';
    span.title = this.message;
    return span;
  }
}

interface ErrorState {
  lines: DecorationSet;
  markers: RangeSet<GutterMarker>;
}

const errorField = StateField.define<ErrorState>({
  create: () => ({ lines: Decoration.none, markers: RangeSet.empty }),
  update(value, tr) {
    // an edit makes the old error position stale: clear the mark
    let v: ErrorState = tr.docChanged ? { lines: Decoration.none, markers: RangeSet.empty } : value;
    for (const e of tr.effects) {
      if (!e.is(setError)) continue;
      if (!e.value || e.value.line < 1 || e.value.line > tr.state.doc.lines) {
        v = { lines: Decoration.none, markers: RangeSet.empty };
        continue;
      }
      const from = tr.state.doc.line(e.value.line).from;
      v = {
        lines: Decoration.set([Decoration.line({ class: 'oc-error-line', attributes: { 'data-error-line': String(e.value.line) } }).range(from)]),
        markers: RangeSet.of([new ErrorMarker(e.value.message).range(from)]),
      };
    }
    return v;
  },
  provide: (f) => [EditorView.decorations.from(f, (s) => s.lines)],
});

const errorGutter = gutter({
  class: 'oc-error-gutter',
  markers: (view) => view.state.field(errorField).markers,
  initialSpacer: () => new ErrorMarker(''),
});

export function createEditor(parent: HTMLElement, opts: CellEditorOptions): CellEditor {
  const runKeys = Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        preventDefault: true,
        run: () => {
          opts.onRun?.();
          return true;
        },
      },
    ]),
  );
  const minHeight = opts.lines ? `${Math.max(3, opts.lines) * 1.45}em` : undefined;
  const state = EditorState.create({
    doc: opts.doc,
    extensions: [
      runKeys,
      basicSetup,
      keymap.of([indentWithTab]),
      opts.lang === 'py' ? [python(), indentUnit.of('    ')] : javascript({ typescript: true }),
      syntaxHighlighting(classHighlighter),
      errorField,
      errorGutter,
      // tabindex: the editable content is in the tab order already; saying so lets checkers (axe:
      // scrollable-region-focusable) see that the scrolling editor is reachable by keyboard
      EditorView.contentAttributes.of({ 'aria-label': opts.label, tabindex: '0' }),
      EditorView.theme({ '.cm-content, .cm-gutter': minHeight ? { minHeight } : {} }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) opts.onChange?.(u.state.doc.toString());
      }),
    ],
  });
  const view = new EditorView({ state, parent });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    markError: (line, message = '') => view.dispatch({ effects: setError.of(line === null ? null : { line, message }) }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
