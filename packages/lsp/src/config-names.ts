/** The config files Tactful discovers, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.tactfulrc.json', '.tactfulrc.yaml', '.tactfulrc.yml', 'package.json'];
