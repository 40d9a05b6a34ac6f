/** postject ships no types: the one function package-agent uses. */
declare module 'postject' {
  export function inject(
    file: string,
    resourceName: string,
    data: Buffer,
    options: { sentinelFuse: string; machoSegmentName?: string },
  ): Promise<void>;
}
