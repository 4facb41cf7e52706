# Simulate a handheld calculator driven by button presses from the console,
#  with arithmetic and clear.

class Calculator:
    def __init__(self):
        self.reset()

    def reset(self):
        """把计算器恢复到初始状态"""
        self.screen = "0"  # 屏幕上显示的内容
        self.buffer = ""  # 正在输入的数字
        self.operator = None  # 待执行的运算符
        self.stored_value = 0  # 先前保存的数
        self.new_number = True  # 下一个数字是否重新开始

    def process_input(self, button):
        """响应一次按键"""
        button = button.upper()

        if button == "Q":  # 结束运行
            return False
        elif button == "C":  # 清零
            self.reset()
        elif button in "0123456789":
            self._handle_digit(button)
        elif button == ".":
            self._handle_decimal()
        elif button in "+-*/":
            self._handle_operator(button)
        elif button == "=":
            self._handle_equals()

        return True

    def _handle_digit(self, digit):
        """按下数字键"""
        if self.new_number:
            self.buffer = digit
            self.new_number = False
        else:
            self.buffer += digit
        self.screen = self.buffer

    def _handle_decimal(self):
        """按下小数点键"""
        if "." not in self.buffer:
            if not self.buffer:
                self.buffer = "0"
            self.buffer += "."
            self.screen = self.buffer
            self.new_number = False

    def _handle_operator(self, op):
        """按下运算符键"""
        if self.buffer:
            self._perform_calculation()
        self.operator = op
        self.stored_value = float(self.screen)
        self.new_number = True

    def _handle_equals(self):
        """按下等号键"""
        if self.operator and not self.new_number:
            self._perform_calculation()
            self.operator = None

    def _perform_calculation(self):
        """完成一次运算"""
        try:
            current = float(self.buffer) if self.buffer else float(self.screen)
            if self.operator == "+":
                result = self.stored_value + current
            elif self.operator == "-":
                result = self.stored_value - current
            elif self.operator == "*":
                result = self.stored_value * current
            elif self.operator == "/":
                result = self.stored_value / current
            else:
                result = current

            self.screen = str(result).rstrip("0").rstrip(".") if "." in str(result) else str(result)
            self.stored_value = result
            self.buffer = ""
        except ZeroDivisionError:
            self.screen = "Error"
            self.reset()


if __name__ == "__main__":
    calc = Calculator()
    print("模拟手持计算器（Q 退出，C 清零）")
    while True:
        print(f"\n屏幕: {calc.screen}")
        btn = input("按键: ").strip()
        if not calc.process_input(btn):
            break
