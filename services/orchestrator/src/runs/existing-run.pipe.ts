import { Injectable, type PipeTransform } from '@nestjs/common';
import { RunsService } from './runs.service';

/**
 * A run id that must exist (404 otherwise). For the event stream: Nest sends an SSE response's
 * headers before its handler's promise settles, so a 404 thrown there became a 200 with an
 * `error` event; a pipe runs before that, so an unknown run is a problem+json 404 like elsewhere.
 */
@Injectable()
export class ExistingRunPipe implements PipeTransform<string, Promise<string>> {
  constructor(private readonly runs: RunsService) {}

  async transform(id: string): Promise<string> {
    await this.runs.get(id);
    return id;
  }
}
