import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ip } from './servers';

/**
 * The two agents as hosts of their own: network namespaces `cutf-src` and `cutf-tgt`, each joined
 * to the root namespace (orchestrator, databases) by a veth pair, and to each other by a third.
 * The source agent serves on 10.231.9.1, reached from the root namespace through its root link
 * and from the target through the agents' link; so cutting that link cuts the agents apart and
 * nothing else. Made and removed by the suite; needs root and `ip netns`.
 */
export const NETWORK = {
  source: { ns: 'cutf-src', service: '10.231.9.1', db: '10.231.1.1' },
  target: { ns: 'cutf-tgt', service: '10.231.2.2', db: '10.231.2.1' },
  link: { ns: 'cutf-src', dev: 'cutf-s-t' },
};

/** Why namespaces cannot be used here, or null when they can. */
export async function netnsUnavailable(): Promise<string | null> {
  if (process.getuid?.() !== 0) return `not root (uid ${process.getuid?.()}): ip netns needs CAP_SYS_ADMIN`;
  try {
    await ip('netns', 'add', 'cutf-probe');
    await ip('netns', 'del', 'cutf-probe');
    return null;
  } catch (error) {
    return `ip netns add failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

export async function createNetwork(): Promise<void> {
  await removeNetwork();
  const { source: s, target: t } = NETWORK;
  await ip('netns', 'add', s.ns);
  await ip('netns', 'add', t.ns);
  for (const ns of [s.ns, t.ns]) await ip('-n', ns, 'link', 'set', 'lo', 'up');
  await pair('cutf-r-s', null, '10.231.1.1/24', 'cutf-s-r', s.ns, '10.231.1.2/24');
  await pair('cutf-r-t', null, '10.231.2.1/24', 'cutf-t-r', t.ns, '10.231.2.2/24');
  await pair('cutf-s-t', s.ns, '10.231.0.1/24', 'cutf-t-s', t.ns, '10.231.0.2/24');
  await ip('-n', s.ns, 'addr', 'add', `${s.service}/32`, 'dev', 'lo');
  await ip('route', 'add', `${s.service}/32`, 'via', '10.231.1.2');
  await ip('-n', t.ns, 'route', 'add', `${s.service}/32`, 'via', '10.231.0.1');
}

async function pair(a: string, aNs: string | null, aAddr: string, b: string, bNs: string, bAddr: string): Promise<void> {
  await ip('link', 'add', a, ...(aNs ? ['netns', aNs] : []), 'type', 'veth', 'peer', 'name', b, 'netns', bNs);
  const on = (ns: string | null) => (ns ? ['-n', ns] : []);
  await ip(...on(aNs), 'addr', 'add', aAddr, 'dev', a);
  await ip(...on(aNs), 'link', 'set', a, 'up');
  await ip('-n', bNs, 'addr', 'add', bAddr, 'dev', b);
  await ip('-n', bNs, 'link', 'set', b, 'up');
}

/** Cuts (or restores) the link between the agents. */
export async function setAgentLink(up: boolean): Promise<void> {
  await ip('-n', NETWORK.link.ns, 'link', 'set', NETWORK.link.dev, up ? 'up' : 'down');
}

export async function removeNetwork(): Promise<void> {
  const quiet = (...args: string[]) => ip(...args).catch(() => undefined);
  await quiet('route', 'del', `${NETWORK.source.service}/32`);
  await quiet('link', 'del', 'cutf-r-s');
  await quiet('link', 'del', 'cutf-r-t');
  await quiet('netns', 'del', NETWORK.source.ns);
  await quiet('netns', 'del', NETWORK.target.ns);
}

/** `ip netns exec ns` prefix for a command (empty without namespaces). */
export const inNamespace = (ns: string | null, file: string, args: string[]): [string, string[]] =>
  ns ? ['ip', ['netns', 'exec', ns, file, ...args]] : [file, args];

export const execAsync = promisify(execFile);
