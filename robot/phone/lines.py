"""What the simulated phone's recorded-line programs say, in English and Russian."""

from __future__ import annotations

VOICEMAIL = {
    "en": "Hello, you have reached Acme Tiles. We cannot take your call right now. "
    "Please leave a message after the tone.",
    "ru": "Здравствуйте, вы позвонили в компанию Окна Века. Сейчас мы не можем ответить. "
    "Оставьте, пожалуйста, сообщение после сигнала.",
}
IVR_MENU = {
    "en": "Welcome to Acme Tiles. For sales, press one. For support, press two. "
    "To speak to an operator, stay on the line.",
    "ru": "Добро пожаловать в компанию Окна Века. Отдел продаж, нажмите один. Сервис, нажмите два. "
    "Чтобы поговорить с оператором, оставайтесь на линии.",
}
PLEASE_HOLD = {
    "en": "Please hold, your call is important to us.",
    "ru": "Пожалуйста, оставайтесь на линии, ваш звонок очень важен для нас.",
}
PERSON = {
    "en": "Good afternoon, Acme Tiles, Kate speaking. How can I help you?",
    "ru": "Добрый день, компания Окна Века, меня зовут Анна. Чем могу помочь?",
}
SWITCHED_OFF = {
    "en": "The subscriber you are calling is switched off or out of reach. Please call later.",
    "ru": "Аппарат абонента выключен или находится вне зоны действия сети. Пожалуйста, перезвоните позже.",
}
NO_SUCH_NUMBER = {
    "en": "The number you have dialled does not exist. Please check the number and dial again.",
    "ru": "Неправильно набран номер. Пожалуйста, проверьте номер и позвоните снова.",
}

ALL = (VOICEMAIL, IVR_MENU, PLEASE_HOLD, PERSON, SWITCHED_OFF, NO_SUCH_NUMBER)
