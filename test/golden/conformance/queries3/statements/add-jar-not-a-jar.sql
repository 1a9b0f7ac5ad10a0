-- source: Flink ResourceManager#checkJarPath (ADD JAR / REMOVE JAR): the file name must end with '.jar' ('The registering or unregistering jar resource [<path>] must ends with '.jar' suffix.'), checked before anything else
-- fail: must ends with '.jar' suffix.
ADD JAR '${input}';
