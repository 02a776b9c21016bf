export { configSchema, suppressionSchema, batchConfigSchema, type AlignConfig, type SuppressionRule, type BatchConfig } from './schema.js';
export { loadConfig, loadConfigFile, parseConfig, ConfigError, CONFIG_FILE_NAMES, type ConfigFileSystem, type LoadedConfig } from './load.js';
