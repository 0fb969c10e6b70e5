import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

describe('extension manifest', () => {
  const [language] = manifest.contributes.languages;

  it('declares the un-resolution language for .unres and .resolution files, activating on it only', () => {
    assert.equal(language.id, 'un-resolution');
    assert.deepEqual(language.aliases[0], 'UN Resolution');
    assert.deepEqual(language.extensions, ['.unres', '.resolution']);
    assert.deepEqual(manifest.activationEvents, ['onLanguage:un-resolution']);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.bin.unres, './dist/cli.js');
  });

  it('recognises a draft by its first line when it opens with a resolution or report heading', () => {
    const firstLine = new RegExp(language.firstLine);
    for (const line of ['Chapter I', 'Draft resolution II', 'Draft decision', 'Resolution 27/1', 'Decision 22/2', 'Resolution 2524 (2020)', '78/223. Protection of migrants', 'United Nations']) {
      assert.ok(firstLine.test(line), line);
    }
    for (const line of ['Recalling its resolution 70/1,', 'Dear colleagues,', '1. Requests a report.']) assert.ok(!firstLine.test(line), line);
  });

  it('contributes the editing commands, the key binding and a setting for every check', () => {
    assert.deepEqual(manifest.contributes.commands.map((c: { command: string }) => c.command).sort(), [
      'unResolution.insertFootnote', 'unResolution.renumberAll', 'unResolution.renumberFootnotes',
    ]);
    assert.equal(manifest.contributes.keybindings[0].command, 'unResolution.insertFootnote');
    const codes = Object.keys(manifest.contributes.configuration.properties).map((k) => k.replace('unResolution.checks.', '')).sort();
    assert.deepEqual(codes, [
      'cross-reference', 'footnote-sequence', 'footnote-undefined', 'footnote-unused', 'heading-number', 'operative-italics',
      'operative-phrase', 'paragraph-number', 'phrase-order', 'subparagraph-number', 'terminal-punctuation',
    ]);
  });
});
