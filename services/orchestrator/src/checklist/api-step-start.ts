import { ApiProblems } from '@cutover/common';

/**
 * The OpenAPI side of a step that starts (or performs) part of the upgrade: the checklist gate and
 * the state of the upgrade can refuse it with a 409 that says why.
 */
export const ApiStepStart = () =>
  ApiProblems({
    409: 'The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names).',
  });
