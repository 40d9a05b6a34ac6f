import 'reflect-metadata';
import { runServiceMain } from '@cutover/common';
import { startOrchestrator } from './app';
import { loadOrchestratorConfig } from './config/orchestrator.config';

// In-flight task jobs are failed by the queue's stop and retried by another worker (or this one restarted).
runServiceMain({ service: 'orchestrator', loadConfig: loadOrchestratorConfig, start: startOrchestrator });
