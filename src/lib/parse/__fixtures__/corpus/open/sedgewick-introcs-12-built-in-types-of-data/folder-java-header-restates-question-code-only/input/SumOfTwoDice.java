/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.20 Print the sum of two random integers, each from 1 to 6 (like the
 *  total of a roll of two dice).
 *  Last modified:     October 20, 2019
 **************************************************************************** */

public class SumOfTwoDice {
    public static void main(String[] args) {
        int randNumX = (int) (Math.random() * 6) + 1;
        int randNumY = (int) (Math.random() * 6) + 1;
        int sum = randNumX + randNumY;
        System.out.println(sum);
    }
}
