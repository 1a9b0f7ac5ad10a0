/**
 * The platform's components in start order. `eddy up --components a,b` starts a subset, in
 * this order. Each entry builds its Component from the resolved configuration.
 */
import { createBrokerComponent } from '../broker/index.js';
import type { Component } from '../common/component.js';
import { createRegistryComponent } from '../registry/index.js';
import type { EddyConfig } from './config.js';

export interface ComponentFactory {
  name: string;
  description: string;
  create(config: EddyConfig): Component;
}

/**
 * Defaults of the embedded broker that differ from Kafka's: like the `server.properties` that
 * ships with Kafka, no initial rebalance delay, since one local broker has no wave of members
 * to wait for (it saves 3 s on every registry start). The config file's `broker:` map wins.
 */
const EMBEDDED_BROKER_DEFAULTS = { 'group.initial.rebalance.delay.ms': 0 };

export const COMPONENT_FACTORIES: ComponentFactory[] = [
  {
    name: 'broker',
    description:
      'embedded Kafka-compatible broker (Kafka protocol on --kafka-port, or the broker setting `listeners`)',
    create: (config) =>
      createBrokerComponent({
        host: config.host,
        port: config.kafkaPort,
        settings: { ...EMBEDDED_BROKER_DEFAULTS, ...config.broker },
      }),
  },
  {
    name: 'registry',
    description:
      'embedded Confluent-compatible Schema Registry (REST on --registry-port, state in the _schemas topic)',
    create: (config) =>
      createRegistryComponent({ host: config.host, port: config.registryPort, settings: config.registry }),
  },
];
