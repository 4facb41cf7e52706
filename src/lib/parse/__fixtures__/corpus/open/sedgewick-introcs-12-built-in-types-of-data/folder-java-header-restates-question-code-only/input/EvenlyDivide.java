/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.14 Read two positive integers from the command line and print true
 *  when one of them divides the other with no remainder.
 *  Last modified:     October 10, 2019
 **************************************************************************** */

public class EvenlyDivide {
    public static void main(String[] args) {
        int a = Integer.parseInt(args[0]);
        int b = Integer.parseInt(args[1]);
        boolean evenlyDivides = ((a % b == 0) || (b % a == 0));
        
        System.out.println(evenlyDivides);
    }
}
