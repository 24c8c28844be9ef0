/**
 * Say in the build log what /admin is (or that there is none), and warn when the CI builds
 * another repository than the one the editor saves to (src/cms/editor-status.ts). Once per
 * build, whichever /admin route asks first.
 */
import { ciMismatch, describeEditor } from '../cms/editor-status.ts';
import { CONTENT_DIR } from '../project.ts';
import type { EditorSettings } from '../schemas/editor.ts';
import { formatDiagnostic } from '../validation/format.ts';
import { readCiRepository } from './ci-repository.ts';

let said = false;

export function logEditorOnce(editor: EditorSettings | undefined): void {
  if (said) return;
  said = true;
  console.info(describeEditor(editor));
  for (const warning of ciMismatch(editor, readCiRepository(), `${CONTENT_DIR}/site.yaml`)) {
    console.warn(formatDiagnostic(warning));
  }
}
