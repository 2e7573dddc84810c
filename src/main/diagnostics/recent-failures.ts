import type { AppError } from '../../shared';

/**
 * One failure as the service desk reads it: codes and ids only. Never the input or the answer, which may hold a
 * pass, nor the service's own words, which name people.
 */
export interface RecordedFailure {
  at: string;
  channel: string;
  code: AppError['code'];
  reason: AppError['reason'];
  /** Graph's `request-id`, or the sign-in service's correlation id, as the error carried it. */
  requestId: string | undefined;
  /** The HTTP status Microsoft answered with, where there was an answer. */
  status: number | undefined;
}

export const RECENT_FAILURES = 20;

/**
 * The error mapping puts the status first in a Graph answer's detail (`403 Authorization_RequestDenied …`);
 * other details (a field path, an error's kind) do not start with a status.
 */
const statusOf = (detail: string | undefined): number | undefined => {
  const status = /^([1-5]\d\d) /.exec(detail ?? '')?.[1];
  return status === undefined ? undefined : Number(status);
};

/** The last failures main answered, oldest first, in memory only: a restart starts afresh. */
export class RecentFailures {
  private readonly kept: RecordedFailure[] = [];

  constructor(
    private readonly capacity = RECENT_FAILURES,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(channel: string, error: Pick<AppError, 'code' | 'reason' | 'requestId' | 'detail'>): RecordedFailure {
    const failure: RecordedFailure = {
      at: this.now().toISOString(),
      // A channel the renderer named that does not exist is kept as short as the router quotes it.
      channel: channel.slice(0, 64),
      code: error.code,
      reason: error.reason,
      requestId: error.requestId,
      status: statusOf(error.detail),
    };
    this.kept.push(failure);
    if (this.kept.length > this.capacity) this.kept.splice(0, this.kept.length - this.capacity);
    return failure;
  }

  list(): readonly RecordedFailure[] {
    return [...this.kept];
  }
}
