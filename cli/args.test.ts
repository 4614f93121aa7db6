import { describe, expect, it } from 'vitest';
import { type FlagSpec, parseArgs, wantsHelp } from './args.ts';
import { COMMAND_SPECS, commandHelp, usageLine } from './commandSpecs.ts';

const spec: Record<string, FlagSpec> = {
  json: { value: true, expects: 'a file name or "-"' },
  seed: { value: true, expects: 'a whole number' },
  strict: { value: false },
};
const parse = (...argv: string[]) => parseArgs(argv, spec, 'usage: test');

describe('parseArgs', () => {
  it('reads --flag value, --flag=value, switches and positionals in any order', () => {
    expect(parse('a.json', '--seed', '3', '--json=-', '--strict')).toEqual({ positional: ['a.json'], flags: { seed: '3', json: '-', strict: true } });
    expect(parse('--seed=', 'a.json').flags.seed).toBe('');
  });

  it('takes "-" as a file name (stdin) and everything after "--" as file names', () => {
    expect(parse('-').positional).toEqual(['-']);
    expect(parse('--seed', '1', '--', '--strict', '-x')).toEqual({ positional: ['--strict', '-x'], flags: { seed: '1' } });
  });

  it('names the flag in every mistake', () => {
    expect(() => parse('--fast')).toThrow(/^unknown option --fast\nusage: test$/);
    expect(() => parse('-x')).toThrow('unknown option -x');
    expect(() => parse('--seed')).toThrow('--seed needs a whole number');
    expect(() => parse('--seed', '--json', 'x')).toThrow('--seed needs a whole number');
    expect(() => parse('--strict=yes')).toThrow('--strict takes no value');
    expect(() => parse('--constructor')).toThrow('unknown option --constructor');
  });

  it('sees --help or -h before "--" only', () => {
    expect(wantsHelp(['a.json', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
  });
});

describe('command help', () => {
  it.each(Object.keys(COMMAND_SPECS) as (keyof typeof COMMAND_SPECS)[])('%s: lists every flag the command accepts, with its help', (name) => {
    const help = commandHelp(name);
    expect(help.split('\n')[0]).toBe(`usage: ${usageLine(name)}`);
    for (const [flag, s] of Object.entries(COMMAND_SPECS[name].flags)) {
      expect(s.help, `--${flag} has a help line`).toBeTruthy();
      expect(help).toMatch(
        new RegExp(`^  --${flag}${s.value ? ` ${s.arg!.replace(/[|]/g, '\\|')}` : ''} +${s.help!.slice(0, 20).replace(/[()|.*+?[\]]/g, '\\$&')}`, 'm'),
      );
    }
  });
});
