/*
 *       Filename:  ArithmeticSmallestLargest.java
 *
 *    Description:  Exercise 2.17 - Arithmetic, Smallest and Largest
 *
 *        Created:  26/09/15 00:39:16
 *       Revision:  09/10/15 15:43:50
 *
 *        @Author:  Siidney Watson - siidney.watson.work@gmail.com
 *       @Version:  1.1
 *
 * =====================================================================================
 */
import java.util.Scanner;

public class ArithmeticSmallestLargest{
    public static void main(String[] args){
        Scanner input = new Scanner(System.in);

        System.out.print("Enter three spaced separated integers: ");
        int x = input.nextInt();
        int y = input.nextInt();
        int z = input.nextInt();

        // total
        printResult("Sum", x + y + z);

        // mean
        printResult("Average", (x + y + z) / 3);

        // multiplied
        printResult("Product", x * y * z);

        // highest
        printResult("Largest", Math.max(x, Math.max(y, z)));

        // lowest
        printResult("Smallest", Math.min(x, Math.min(y, z)));
    }

    // output the result
    private static void printResult(String message, int x){
        System.out.printf("%s = %d\n", message, x);
    }
}
