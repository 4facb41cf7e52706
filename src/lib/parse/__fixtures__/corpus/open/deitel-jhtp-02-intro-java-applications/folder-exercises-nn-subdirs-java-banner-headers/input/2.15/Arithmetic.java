/*
 *       Filename:  Arithmetic.java
 *
 *    Description:  Exercise 2.15 - Arithmetic
 *
 *        Created:  26/09/15 00:25:00
 *       Revision:  09/10/15 15:40:40
 *
 *        @Author:  Siidney Watson - siidney.watson.work@gmail.com
 *       @Version:  1.1
 *
 * =====================================================================================
 */
import java.util.Scanner;

public class Arithmetic{
    public static void main(String[] args){
        Scanner input = new Scanner(System.in);

        int difference = 0;
        int quotient = 0;

        System.out.print("Enter 2 integers separated by a space: ");
        int x = input.nextInt();
        int y = input.nextInt();

        // total
        printSolution("Sum", x + y);

        // multiplied
        printSolution("Product", x * y);

        // difference - absolute value so it never goes negative
        printSolution("Difference", Math.abs(x - y));

        if(x != 0 && y != 0)
            printSolution("Quotient", y % x);
        else
            printSolution("Quotient error: Cannot divide by zero", 0);
    }
    // print the answer or an error (division by zero)
    private static void printSolution(String message, int value){
        System.out.printf("%s = %d\n", message, value);
    }
}
