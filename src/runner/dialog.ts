/**
 * A small modal question in the cell's style (`.oc-dialog`): Reset's "discard your edits?" and a share link's
 * "load the shared code?". Resolves true for yes; Esc or the no button (focused first, the safe choice) is no.
 */
export function confirmDialog(host: HTMLElement, question: string, yes: string, no: string): Promise<boolean> {
  const dialog = document.createElement('dialog');
  dialog.className = 'oc-dialog';
  const p = document.createElement('p');
  p.textContent = question;
  const yesBtn = document.createElement('button');
  yesBtn.type = 'button';
  yesBtn.textContent = yes;
  const noBtn = document.createElement('button');
  noBtn.type = 'button';
  noBtn.textContent = no;
  const row = document.createElement('div');
  row.className = 'oc-dialog__buttons';
  row.append(noBtn, yesBtn);
  dialog.append(p, row);
  host.append(dialog);
  return new Promise((resolve) => {
    yesBtn.addEventListener('click', () => dialog.close('yes'));
    noBtn.addEventListener('click', () => dialog.close('no'));
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'yes');
      dialog.remove();
    });
    dialog.showModal();
    noBtn.focus();
  });
}
