/** Handing the pass over: clipboard, window protection, the printed slip. */
export const handoffChannels = {
  'handoff:copy-pass': 'copyPass',
  'handoff:forget': 'forgetPass',
  'handoff:visible': 'setPassVisible',
  'handoff:slip': 'printSlip',
  'handoff:slip-languages': 'slipLanguages',
} as const;
