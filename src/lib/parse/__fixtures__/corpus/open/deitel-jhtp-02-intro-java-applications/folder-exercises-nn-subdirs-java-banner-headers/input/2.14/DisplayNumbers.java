/*
 *       Filename:  DisplayNumbers.java
 *
 *    Description:  Exercise 2.14 - Display Numbers
 *
 *        Created:  05/10/15 14:37:54
 *       Revision:  none
 *
 *        @Author:  Siidney Watson - siidney.watson.work@gmail.com
 *       @Version:  1.0
 *
 * =====================================================================================
 */
public class DisplayNumbers{
    public static void main(String[] args){
        // one println()
        System.out.println("1 2 3 4");

        // four print() calls
        System.out.print("1 ");
        System.out.print("2 ");
        System.out.print("3 ");
        System.out.print("4\n");

        // one printf()
        System.out.printf("%d %d %d %d\n", 1, 2, 3, 4);
    }
}
