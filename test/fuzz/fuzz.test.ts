import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { probePosition, type Probe } from './probes';
import { fuzzCases, fuzzParameters, hangBoundMs } from './runs';
import { serviceCalls, type CallContext } from './serviceCalls';
import { extremeTexts, hostileText, sourceTexts } from './texts';
import { lineLengths, problems } from './wellFormed';

const service = createLanguageService();
const calls = serviceCalls(service);
const sources = sourceTexts();
const typedCharacters = ['\n', ';', ',', '.', ':', ')', '^', ' ', '1', 'a', '*', '\u0000'];

let counter = 0;

/** Every feature on `text` at each probe; throws on a thrown error, a malformed answer or a hang. */
function exercise(text: string, probes: readonly Probe[], typed: string, flag: boolean): number {
  const document = TextDocument.create(`fuzz://case-${++counter}.unres`, 'un-resolution', 1, text);
  const lengths = lineLengths(document);
  const started = performance.now();
  try {
    const diagnostics = service.getDiagnostics(document);
    probes.forEach((probe, i) => {
      const position = probePosition(document, lengths, probe);
      const other = probePosition(document, lengths, [probe[1], probe[0]]);
      const range: Range = position.line < other.line || (position.line === other.line && position.character <= other.character)
        ? { start: position, end: other } : { start: other, end: position };
      const context: CallContext = { document, position, range, diagnostics, typed, flag };
      for (const call of calls) {
        if (i > 0 && !call.atPosition) continue;
        let answer: unknown;
        try {
          answer = call.run(context);
        } catch (error) {
          throw new Error(`${call.name} threw at ${JSON.stringify(position)}: ${(error as Error).stack}`);
        }
        const found = problems(answer, document, { rangesOnly: call.name === 'getModel' });
        if (found.length > 0) throw new Error(`${call.name} at ${JSON.stringify(position)}: ${found.join('; ')}`);
      }
    });
  } finally {
    service.forget(document.uri);
  }
  return performance.now() - started;
}

describe('fuzz: every service feature on hostile text', function () {
  const cases = fuzzCases(300);
  this.timeout(60_000 + cases * hangBoundMs);

  it('finds every feature the service offers', () => {
    assert.ok(calls.length >= 3, `only ${calls.map((c) => c.name).join(', ')}`);
  });

  it(`answers well-formed, without throwing or hanging (${cases} cases)`, () => {
    const probe = fc.tuple(fc.nat(), fc.nat());
    fc.assert(
      fc.property(hostileText(sources), fc.array(probe, { minLength: 1, maxLength: 3 }), fc.constantFrom(...typedCharacters), fc.boolean(), (text, probes, typed, flag) => {
        const elapsed = exercise(text, probes, typed, flag);
        assert.ok(elapsed < hangBoundMs, `all features took ${elapsed.toFixed(0)} ms on ${text.length} characters`);
      }),
      fuzzParameters(cases),
    );
  });

  for (const { name, text } of extremeTexts(sources)) {
    it(`survives ${name}`, () => {
      const probes: Probe[] = [[4, 0], [0, text.length >> 1], [1, 7], [2, 0], [3, 1]];
      const elapsed = exercise(text, probes, '\n', true);
      // The extremes are megabytes: a bound for a hang, not for speed (npm run bench measures that).
      assert.ok(elapsed < 10 * hangBoundMs, `all features took ${elapsed.toFixed(0)} ms`);
    });
  }
});
