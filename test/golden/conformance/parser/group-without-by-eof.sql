-- source: by hand from Calcite's grammar (Parser.jj GroupByOpt: the clause is entered on <GROUP> and then needs <BY>), so JavaCC reports "<EOF>" after GROUP (at the last character, line 1, column 28 for "select count(*) from t group"), not GROUP itself; no final newline
-- fail: 3:28 expected BY but found end of input
select count(*) from t group