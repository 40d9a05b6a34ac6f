/**
 * Orders two change watermarks of one engine: does `later` cover every change `earlier` covers?
 * A backup whose watermark covers the backup point holds every change committed before that
 * point, so the delta after the transfer (which starts at the backup point) misses nothing.
 *
 * SQL Server: Change Tracking versions, plain integers. PostgreSQL: snapshots `xmin:xmax:xip,…`;
 * a transaction is visible in one when it is below xmax and not listed in xip (the in-progress
 * ones). `later` covers `earlier` when every transaction visible in `earlier` is visible in `later`:
 * every transaction below earlier's xmax that earlier does not list as in progress is below
 * later's xmax and not in progress in later.
 */

interface Snapshot {
  xmin: bigint;
  xmax: bigint;
  xip: bigint[];
}

function parseSnapshot(text: string): Snapshot | null {
  const m = /^(\d{1,20}):(\d{1,20}):((?:\d{1,20})(?:,\d{1,20})*)?$/.exec(text);
  if (!m) return null;
  const snap = { xmin: BigInt(m[1]), xmax: BigInt(m[2]), xip: m[3] ? m[3].split(',').map((x) => BigInt(x)) : [] };
  if (snap.xmin > snap.xmax || snap.xip.some((x) => x < snap.xmin || x >= snap.xmax)) return null;
  return snap;
}

function snapshotCovers(later: Snapshot, earlier: Snapshot): boolean {
  const earlierRunning = new Set(earlier.xip);
  // Transactions in [later.xmax, earlier.xmax) are invisible in `later`: each must be in progress in `earlier` too.
  if (later.xmax < earlier.xmax) {
    const span = earlier.xmax - later.xmax;
    const listed = earlier.xip.filter((x) => x >= later.xmax).length;
    if (BigInt(listed) < span) return false;
  }
  // A transaction in progress in `later` must not be committed (visible) in `earlier`.
  return later.xip.every((x) => x >= earlier.xmax || earlierRunning.has(x));
}

/** True or false; null when either text is not a watermark of that engine. */
export function watermarkCovers(engine: string, later: string, earlier: string): boolean | null {
  if (engine === 'mssql') {
    if (!/^\d{1,19}$/.test(later) || !/^\d{1,19}$/.test(earlier)) return null;
    return BigInt(later) >= BigInt(earlier);
  }
  const [a, b] = [parseSnapshot(later), parseSnapshot(earlier)];
  return a && b ? snapshotCovers(a, b) : null;
}
