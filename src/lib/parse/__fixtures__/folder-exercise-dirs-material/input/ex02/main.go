/* Exercise 1.2: Print each argument with its index.
*/

package main

func main() { for i, a := range os.Args { println(i, a) } }
