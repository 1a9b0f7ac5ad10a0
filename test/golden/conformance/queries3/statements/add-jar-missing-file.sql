-- source: Flink ResourceManager#checkJarPath (ADD JAR): a path ending in .jar that does not exist fails 'Jar resource [<path>] not found.'
-- fail: ] not found.
ADD JAR '${tmpdir}/missing-udf.jar';
