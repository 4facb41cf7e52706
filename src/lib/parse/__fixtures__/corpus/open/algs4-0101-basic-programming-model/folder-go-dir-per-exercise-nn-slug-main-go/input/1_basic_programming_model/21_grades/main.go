package main

import (
	"bytes"
	"fmt"
	"strings"
)

// 1.1.21 Build a program that reads standard-input lines, each one holding a
// name followed by two integers, and then prints with printf() a table
// whose columns are the names, the integers, and the first integer divided
// by the second to three decimal places. Such a program could tabulate,
// say, the batting averages of baseball players or the marks of students.

/**

INPUT

John 10 4
Bob 3 7
Alice 2 9
*/

type Grade struct {
	name string
	a, b int
}

type Grades []Grade

func (grades Grades) String() string {
	buf := bytes.Buffer{}

	header := fmt.Sprintf("%15s\t%15s\t%15s\t%15s\n", "name", "sumScores", "scoresCount", "avg")
	buf.WriteString(header)

	buf.WriteString(strings.Repeat("*", len(header)))
	buf.WriteString("\n")

	for _, grade := range grades {
		line := fmt.Sprintf("%15s\t%15d\t%15d\t%15.3f\n", grade.name, grade.a, grade.b, float64(grade.a)/float64(grade.b))
		buf.WriteString(line)
	}

	return buf.String()
}
