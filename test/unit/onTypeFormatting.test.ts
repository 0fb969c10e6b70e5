import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, lines, service } from '../helpers';

/** The text after pressing Enter where `|` stands and applying the server's edits. */
function enter(text: string): string {
  const cursor = text.indexOf('|');
  const typed = doc(text.slice(0, cursor) + '\n' + text.slice(cursor + 1));
  const position = typed.positionAt(cursor + 1);
  return TextDocument.applyEdits(typed, service.getOnTypeFormattingEdits(typed, position, '\n'));
}

const opening = ['Draft resolution', '', 'Title', '', 'The General Assembly,', '', 'Recalling its resolution 70/1,', ''];

describe('automatic numbering', () => {
  it('starts the next operative paragraph', () => {
    assert.equal(
      enter(lines(...opening, '1. *Requests* the Secretary-General to report;|')),
      lines(...opening, '1. *Requests* the Secretary-General to report;', '2. '),
    );
  });

  it('counts on from the paragraph the cursor left, in a hard-wrapped paragraph too', () => {
    assert.equal(
      enter(lines(...opening, '1. *Requests* a report;', '', '2. *Decides* to continue its', 'work;|')),
      lines(...opening, '1. *Requests* a report;', '', '2. *Decides* to continue its', 'work;', '3. '),
    );
  });

  it('continues lettered and roman sub-paragraphs, keeping indentation', () => {
    const list = ['1. *Decides*:', '', '(a) To meet;'];
    assert.equal(enter(lines(...opening, ...list.slice(0, 2), '(a) To meet;|')), lines(...opening, ...list, '(b) '));
    assert.equal(
      enter(lines(...opening, '1. *Decides*:', '(a) To study:', '    (i) the law;|')),
      lines(...opening, '1. *Decides*:', '(a) To study:', '    (i) the law;', '    (ii) '),
    );
  });

  it('continues the Security Council style: b. after a.', () => {
    assert.equal(
      enter(lines(...opening, '1. *Decides* that:', 'a. all States shall act;|')),
      lines(...opening, '1. *Decides* that:', 'a. all States shall act;', 'b. '),
    );
  });

  it('starts a list after a paragraph that ends with a colon', () => {
    assert.equal(enter(lines(...opening, '1. *Decides* to:|')), lines(...opening, '1. *Decides* to:', '(a) '));
    assert.equal(
      enter(lines(...opening, '1. *Decides* to:', '(a) Study the following:|')),
      lines(...opening, '1. *Decides* to:', '(a) Study the following:', '(i) '),
    );
  });

  it('does nothing after a heading, a footnote body, a blank line or in the middle of a line', () => {
    for (const text of [
      lines('Draft resolution|'),
      lines(...opening, '1. *Requests* a report;¹', '', '¹ E/CN.15/2014/6.|'),
      lines(...opening, '1. *Requests* a report;', '|'),
      lines(...opening, '1. *Requests* a| report;'),
    ]) {
      const cursor = text.indexOf('|');
      assert.equal(enter(text), text.slice(0, cursor) + '\n' + text.slice(cursor + 1));
    }
  });
});
