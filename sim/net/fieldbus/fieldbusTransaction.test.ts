import { describe, expect, it } from 'vitest';
import { canFrameBits, canFrameTime } from './canFrame.ts';
import { fieldbusTransaction } from './fieldbusTransaction.ts';
import { modbusResponseChars, modbusRtuTransaction, modbusSilence } from './modbusRtu.ts';
import { profibusDpBits, profibusDpTransaction, profibusTelegramChars } from './profibusDp.ts';

describe('Modbus RTU (Modbus over Serial Line V1.02 §2.5.1.1; FC03 frames of the application protocol V1.1b3 §6.3)', () => {
  it('t3.5 is 3.5 characters of 11 bits up to 19200 baud and 1.75 ms above', () => {
    expect(modbusSilence(9600)).toBeCloseTo((3.5 * 11) / 9600, 15); // 4.0104 ms
    expect(modbusSilence(19200)).toBeCloseTo((3.5 * 11) / 19200, 15);
    expect(modbusSilence(38400)).toBe(1.75e-3);
  });
  it('a read of 2 registers at 9600 baud: 8 + 9 characters, two silences, the turnaround', () => {
    expect(modbusResponseChars(4)).toBe(9); // address, function, byte count, 4 data, CRC 2
    expect(modbusResponseChars(3)).toBe(9); // whole registers
    // by hand: 17 · 11 / 9600 = 19.479 ms, + 2 · 4.0104 ms = 27.500 ms, + 2 ms turnaround
    expect(modbusRtuTransaction(4, 9600, 2e-3)).toBeCloseTo(17 * (11 / 9600) + 2 * ((3.5 * 11) / 9600) + 2e-3, 15);
    // industrial_figures.csv (ZLAN 5143D manual p.42): a round trip at 9600 bd through a gateway is "at least 30 ms"
    expect(modbusRtuTransaction(4, 9600, 2e-3) * 1e3).toBeLessThan(30);
    expect(modbusRtuTransaction(4, 9600, 3e-3) * 1e3).toBeGreaterThanOrEqual(30);
  });
  it('the largest read (125 registers) at 115200 baud', () => {
    expect(modbusRtuTransaction(250, 115200, 0)).toBeCloseTo(((8 + 255) * 11) / 115200 + 3.5e-3, 15);
  });
});

describe('PROFIBUS DP Data_Exchange (IEC 61158-4-3 telegram formats, TSYN = 33 bit times)', () => {
  it('telegram lengths: SD1 6, SD2 9 + data, SC 1 characters', () => {
    expect(profibusTelegramChars(0, false)).toBe(6);
    expect(profibusTelegramChars(8, true)).toBe(17);
    expect(profibusTelegramChars(0, true)).toBe(1);
    expect(profibusTelegramChars(244, true)).toBe(253);
  });
  it('8 B of inputs at 12 Mbit/s with TSDR 11 bits: 33 + 11·(6 + 17) + 11 = 297 bit times = 24.75 µs', () => {
    expect(profibusDpBits(8, 0, 11)).toBe(297);
    expect(profibusDpTransaction(8, 12e6, 11)).toBeCloseTo(24.75e-6, 15);
  });
  it('with outputs the request is an SD2 telegram too', () => {
    expect(profibusDpBits(8, 4, 11)).toBe(33 + 11 * (13 + 17) + 11);
  });
});

describe('CAN worst-case frame time (Davis, Burns, Bril, Lukkien 2007, Real-Time Systems 35(3), eq. 1)', () => {
  it('8 data bytes: 135 bits with an 11-bit identifier, 160 with a 29-bit one (the paper’s figures)', () => {
    expect(canFrameBits(8, false)).toBe(135);
    expect(canFrameBits(8, true)).toBe(160);
  });
  it('no data: 34 + 13 + ⌊33/4⌋ = 55 bits', () => {
    expect(canFrameBits(0, false)).toBe(55);
  });
  it('at 500 kbit/s an 8-byte standard frame takes 270 µs', () => {
    expect(canFrameTime(8, 500e3, false)).toBeCloseTo(270e-6, 15);
  });
});

describe('fieldbusTransaction', () => {
  it('picks the protocol’s closed form', () => {
    const t = { rateBps: 500e3, turnaroundS: 1e-3, stationDelayBits: 11, extended: false };
    expect(fieldbusTransaction({ ...t, protocol: 'can' }, 8)).toBe(canFrameTime(8, 500e3, false));
    expect(fieldbusTransaction({ ...t, protocol: 'profibus-dp' }, 8)).toBe(profibusDpTransaction(8, 500e3, 11));
    expect(fieldbusTransaction({ ...t, protocol: 'modbus-rtu' }, 8)).toBe(modbusRtuTransaction(8, 500e3, 1e-3));
  });
});
