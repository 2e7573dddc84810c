import { GraphError } from '@microsoft/microsoft-graph-client';

/** Graph answered with this status: 403 (the role may not see it) and 404 (not there) are answers, not faults. */
export const isGraphStatus = (error: unknown, status: 403 | 404): boolean => error instanceof GraphError && error.statusCode === status;
