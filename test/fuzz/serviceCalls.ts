/**
 * Calls every function the language service offers, whatever it offers today: the
 * arguments are chosen by parameter name, so a new feature is fuzzed as soon as it lands,
 * and a parameter nobody taught the harness fails loudly instead of being skipped.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { editCommands } from '../../server/src/edits/commandResult';
import type { LanguageService } from '../../server/src/service';

/** What a case offers to build arguments from (positions and ranges are drawn by the case). */
export interface CallContext {
  readonly document: TextDocument;
  readonly position: Position;
  readonly range: Range;
  readonly diagnostics: readonly Diagnostic[];
  readonly typed: string;
  readonly flag: boolean;
}

/** One argument per parameter name. `command` is special: every editing command is tried. */
const argumentFor: Record<string, (context: CallContext) => unknown> = {
  document: (c) => c.document,
  position: (c) => c.position,
  range: (c) => c.range,
  diagnostics: (c) => c.diagnostics,
  settings: () => undefined,
  includeDeclaration: (c) => c.flag,
  typed: (c) => c.typed,
  ch: (c) => c.typed,
  uri: (c) => c.document.uri,
};

/** Functions that take no document, or whose effect is not an answer, are not fuzzed. */
const notFeatures = new Set(['forget']);

export interface ServiceCall {
  /** `getHover`, `runCommand(insertFootnote)` … */
  readonly name: string;
  /** Whether the answer depends on where the cursor is (else one call per document suffices). */
  readonly atPosition: boolean;
  readonly run: (context: CallContext) => unknown;
}

const positional = new Set(['position', 'range', 'typed', 'ch', 'includeDeclaration']);

export function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const list = /^(?:async\s*)?(?:function\s*\w*\s*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^(?:async\s+)?(\w+)\s*=>/.exec(source)?.[1] ?? '';
  return list.split(',').map((p) => p.trim().replace(/\s*=.*$/, '')).filter(Boolean);
}

/** Every feature of `service`, with its arguments drawn from a case. */
export function serviceCalls(service: LanguageService): ServiceCall[] {
  const calls: ServiceCall[] = [];
  for (const [name, fn] of Object.entries(service) as [string, (...args: unknown[]) => unknown][]) {
    if (typeof fn !== 'function' || notFeatures.has(name)) continue;
    const parameters = parameterNames(fn);
    const unknown = parameters.filter((p) => p !== 'command' && !argumentFor[p]);
    if (unknown.length > 0) throw new Error(`fuzz: no argument for parameter ${unknown.join(', ')} of service.${name}; teach test/fuzz/serviceCalls.ts`);
    const build = (context: CallContext, command?: string) => parameters.map((p) => (p === 'command' ? command : argumentFor[p](context)));
    const atPosition = parameters.some((p) => positional.has(p));
    if (parameters.includes('command')) {
      for (const command of editCommands) calls.push({ name: `${name}(${command})`, atPosition, run: (c) => fn(...build(c, command)) });
    } else {
      calls.push({ name, atPosition, run: (c) => fn(...build(c)) });
    }
  }
  return calls;
}
