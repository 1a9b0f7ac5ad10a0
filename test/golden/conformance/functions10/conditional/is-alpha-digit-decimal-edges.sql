-- source: Flink SqlFunctionUtils.isDigit / isAlpha / isDecimal: NULL and '' are FALSE (isAlpha and isDigit test "" first), otherwise commons-lang3 StringUtils.isNumeric / isAlpha (Character.isDigit / isLetter on every char: Arabic-Indic digits and non-ASCII letters count, '+', '.', a space do not), isDecimal is Integer.parseInt || Long.parseLong || Double.parseDouble (a sign, surrounding blanks, exponents, NaN, a 'd' suffix, hex floats and 20-digit numbers pass; '.' and '1,5' do not); an INT operand is a boxed Integer: a digit and a decimal; BOOLEAN NOT NULL (ReturnTypes.BOOLEAN); by hand
SELECT IS_DIGIT('123') AS a, IS_DIGIT('١٢٣') AS b, IS_DIGIT('+1') AS c, IS_DIGIT('1.5') AS d, IS_DIGIT('') AS e, IS_DIGIT(CAST(NULL AS STRING)) AS f,
       IS_ALPHA('abc') AS g, IS_ALPHA('éß中') AS h, IS_ALPHA('a b') AS i, IS_ALPHA('') AS j, IS_ALPHA('a1') AS k,
       IS_DECIMAL('+1') AS l, IS_DECIMAL(' 1.5 ') AS m, IS_DECIMAL('1e3') AS n, IS_DECIMAL('NaN') AS o, IS_DECIMAL('1.5d') AS p,
       IS_DECIMAL('.') AS q, IS_DECIMAL('1,5') AS r, IS_DECIMAL('') AS s, IS_DECIMAL('0x1p3') AS t, IS_DECIMAL('99999999999999999999') AS u,
       IS_DIGIT(12) AS v, IS_DECIMAL(12) AS w;
